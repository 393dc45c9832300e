package it.mutua.seed;

import java.util.List;
import java.util.Map;

/** Italian names, places of birth and cooperative-name words the generator draws from. */
final class Names {

    static final List<String> SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
            "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo",
            "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri",
            "Fabbri", "Bianco", "Marini", "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini",
            "Palumbo", "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza",
            "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo",
            "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore", "De Rosa", "Ferretti", "Bellini",
            "Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori", "Neri", "Costantini", "Milani",
            "Pagano", "Ruggiero", "Sorrentino", "D'Amico", "Orlando", "Damico", "Negri", "Hoxha", "Popescu", "El Amrani");
    static final List<String> MEN = List.of("Marco", "Giuseppe", "Luca", "Francesco", "Alessandro", "Andrea",
            "Giovanni", "Matteo", "Lorenzo", "Davide", "Simone", "Federico", "Riccardo", "Stefano", "Paolo",
            "Roberto", "Antonio", "Mario", "Gianfranco", "Salvatore", "Pietro", "Fabio", "Massimo", "Emanuele",
            "Daniele", "Claudio", "Vincenzo", "Enrico", "Tommaso", "Leonardo", "Ardit", "Mohamed", "Ion");
    static final List<String> WOMEN = List.of("Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina",
            "Alessia", "Elena", "Silvia", "Laura", "Federica", "Anna", "Maria", "Paola", "Roberta", "Giovanna",
            "Elisa", "Serena", "Michela", "Barbara", "Sofia", "Aurora", "Giorgia", "Alice", "Beatrice", "Emma",
            "Ilaria", "Monica", "Cristina", "Rosa", "Fatima", "Elona", "Ioana");

    /** Belfiore codes of the regional capitals, by ISTAT region code; people are mostly born near where they work. */
    static final Map<String, List<String>> BIRTHPLACES = Map.ofEntries(
            Map.entry("01", List.of("L219", "A479", "D205")), Map.entry("02", List.of("A326")),
            Map.entry("03", List.of("F205", "A794", "B157", "C933", "L682", "F704", "G388", "D150", "E897", "E507")),
            Map.entry("04", List.of("L378", "A952")), Map.entry("05", List.of("L736", "G224", "L781", "L840")),
            Map.entry("06", List.of("L424", "L483")), Map.entry("07", List.of("D969", "E463")),
            Map.entry("08", List.of("A944", "F257", "G337", "H199")), Map.entry("09", List.of("D612", "G702", "E715")),
            Map.entry("10", List.of("G478", "L117")), Map.entry("11", List.of("A271", "G479")),
            Map.entry("12", List.of("H501", "E472", "M082")), Map.entry("13", List.of("A345", "G482")),
            Map.entry("14", List.of("B519")), Map.entry("15", List.of("F839", "H703", "B963")),
            Map.entry("16", List.of("A662", "L049", "E506")), Map.entry("17", List.of("G942", "F052")),
            Map.entry("18", List.of("C352", "D086", "H224")), Map.entry("19", List.of("G273", "C351", "F158")),
            Map.entry("20", List.of("B354", "I452")));
    /** Foreign states (Albania, Romania, Morocco, China, Philippines, Ukraine): about one person in twelve. */
    static final List<String> ABROAD = List.of("Z100", "Z129", "Z330", "Z210", "Z216", "Z138");

    static final List<String> COOP_WORDS = List.of("Arcobaleno", "Il Melograno", "La Rondine", "Il Ponte",
            "Solidarietà", "Il Sentiero", "La Quercia", "Il Girasole", "Orizzonti", "La Bussola", "Il Faro",
            "Nuovi Passi", "La Tenda", "Il Seme", "Cascina Aperta", "La Fonte", "Il Mosaico", "Terra Comune",
            "Il Gabbiano", "La Lanterna", "Insieme", "Il Cortile", "La Spiga", "Il Castagno", "Casa Comune");
    static final Map<String, String> COOP_KIND = Map.of("social", "Cooperativa Sociale",
            "housing", "Cooperativa di Abitanti", "community", "Cooperativa di Comunità");

    private Names() {
    }
}
