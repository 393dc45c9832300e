package it.mutua.app.member.importing.api;

/** The help text of the payroll file layout, Italian then English; the README has the same table. */
final class LayoutHelp {

    static final String TEXT = """
            TRACCIATO DEL FILE PAGHE (CSV)
            Prima riga: intestazioni. Ordine delle colonne libero; colonne sconosciute ignorate.
            Separatore ";" oppure "," (riconosciuto dall'intestazione). Codifica UTF-8 (con o senza BOM) oppure
            Windows-1252 (riconosciuta). Virgolette doppie secondo RFC 4180. Date gg/mm/aaaa.
              codice_fiscale   obbligatorio  codice fiscale completo (anche omocodico), chiave del socio
              cognome          obbligatorio  max 100 caratteri
              nome             obbligatorio  max 100 caratteri
              data_assunzione  obbligatorio  gg/mm/aaaa
              data_cessazione  facoltativo   gg/mm/aaaa, non prima dell'assunzione: il socio risulta cessato
              tipo_contratto   facoltativo   indeterminato, determinato, apprendistato, stagionale, altro
                                             (anche "tempo indeterminato")
              email            facoltativo
              iban             facoltativo   IBAN verificato
            Celle facoltative vuote: il dato in anagrafica resta com'è (mai cancellato).
            Modalità: mode=dry-run (solo verifica), all-or-nothing (predefinita: una riga errata e non si importa
            nulla), valid-lines (importa le righe valide). Il socio assente dall'elenco NON è cessato, a meno di
            absentLeaveOn=AAAA-MM-GG (solo con file tutto valido). Reimportare lo stesso file non cambia nulla.
            Limiti: 32 MB, 100.000 righe.

            PAYROLL FILE LAYOUT (CSV)
            First line: headers. Columns in any order; unknown columns are ignored.
            Separator ";" or "," (detected from the header). Encoding UTF-8 (with or without BOM) or Windows-1252
            (detected). Double quotes as in RFC 4180. Dates dd/mm/yyyy.
              codice_fiscale   required  full Italian fiscal code (omocodia accepted), the member's key
              cognome          required  family name, at most 100 characters
              nome             required  given name, at most 100 characters
              data_assunzione  required  hire date, dd/mm/yyyy
              data_cessazione  optional  leaving date, dd/mm/yyyy, not before the hire date: the worker leaves
              tipo_contratto   optional  contract type: indeterminato, determinato, apprendistato, stagionale,
                                         altro ("tempo indeterminato" too; or the English PERMANENT, FIXED_TERM, ...)
              email            optional
              iban             optional  checked IBAN
            Blank optional cells keep the registry's value (never erase it).
            Modes: mode=dry-run (check only), all-or-nothing (default: one bad line and nothing is imported),
            valid-lines (import the valid lines). A worker missing from the list is NOT a leaver unless
            absentLeaveOn=YYYY-MM-DD is given (only with an all-valid file). Re-importing the same file changes nothing.
            Limits: 32 MB, 100,000 lines.
            """;

    private LayoutHelp() {
    }
}
