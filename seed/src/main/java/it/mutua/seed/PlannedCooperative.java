package it.mutua.seed;

/**
 * A cooperative of the data set, as POST /api/tenants receives it, with how many people it enrols.
 *
 * @param index      0-based position in the plan (Lombardy first), the source of its code and partita IVA
 * @param parent     the territorial parent's code: the Lombardy regional mutual or the national mutual
 * @param federation the sector federation's code
 * @param region     ISTAT region code
 */
public record PlannedCooperative(int index, String code, String name, String region, String federation, String parent,
                                 String vatNumber, int workers, int familyMembers) {

    public int people() {
        return workers + familyMembers;
    }

    public boolean underLombardy() {
        return FederationShape.LOMBARDY.equals(parent);
    }
}
