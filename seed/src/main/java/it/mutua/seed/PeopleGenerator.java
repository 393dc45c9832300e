package it.mutua.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.FiscalCodeNames;
import it.mutua.app.kernel.Sex;

/**
 * Generates a cooperative's people with valid codici fiscali, unique across the whole data set. The codes are
 * composed by the kernel ({@link FiscalCode#compose}) from the name, birth date, sex and place; when two people would
 * get the same code the later one gets the omocode variant, exactly as the Agenzia delle Entrate does. Generation is
 * sequential, so the same seed gives the same people.
 */
final class PeopleGenerator {

    private static final LocalDate OLDEST_WORKER = LocalDate.of(1960, 1, 1);
    private static final LocalDate YOUNGEST_WORKER = LocalDate.of(2006, 12, 31);
    private static final LocalDate OLDEST_CHILD = LocalDate.of(1998, 1, 1);
    private static final LocalDate YOUNGEST_CHILD = LocalDate.of(2025, 10, 31);

    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();
    private int omocodes;

    PeopleGenerator(long seed) {
        this.random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    }

    /** Workers first, then their family members (each attached to a worker of the same cooperative). */
    List<Person> peopleOf(PlannedCooperative coop) {
        List<Person> people = new ArrayList<>(coop.people());
        for (int i = 0; i < coop.workers(); i++) {
            Sex sex = random.nextInt(100) < 58 ? Sex.F : Sex.M;   // social cooperation employs mostly women
            String family = pick(Names.SURNAMES);
            people.add(person(family, sex, between(OLDEST_WORKER, YOUNGEST_WORKER), coop.region(), Person.Role.WORKER, null));
        }
        Set<String> married = new HashSet<>();
        for (int i = 0; i < coop.familyMembers(); i++) {
            Person worker = people.get(random.nextInt(coop.workers()));
            // one spouse per worker (the product refuses a second one while the first is covered)
            boolean child = random.nextInt(100) < 60 || !married.add(worker.fiscalCode());
            if (child) {
                Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
                LocalDate from = max(OLDEST_CHILD, worker.birthDate().plusYears(18));
                people.add(person(worker.familyName(), sex, between(from, max(from, YOUNGEST_CHILD)), coop.region(),
                        Person.Role.CHILD, worker.fiscalCode()));
            } else {
                Sex sex = worker.sex() == Sex.F ? Sex.M : Sex.F;
                LocalDate around = worker.birthDate().plusDays(random.nextInt(-2500, 2500));
                people.add(person(pick(Names.SURNAMES), sex, min(around, YOUNGEST_WORKER), coop.region(),
                        Person.Role.SPOUSE, worker.fiscalCode()));
            }
        }
        return people;
    }

    /** How many people got an omocode variant because their natural code was taken. */
    int omocodes() {
        return omocodes;
    }

    private Person person(String familyName, Sex sex, LocalDate birth, String region, Person.Role role, String worker) {
        String givenName = pick(sex == Sex.F ? Names.WOMEN : Names.MEN);
        String place = random.nextInt(12) == 0 ? pick(Names.ABROAD) : pick(Names.BIRTHPLACES.get(region));
        FiscalCode code = FiscalCode.compose(FiscalCodeNames.surnameCode(familyName), FiscalCodeNames.nameCode(givenName),
                birth, sex, place);
        for (int variant = 1; !issued.add(code.value()); variant++) {
            if (variant > 7) {
                // all eight codes of this name, date and place are taken: the person is born a day later instead
                return person(familyName, sex, birth.plusDays(1), region, role, worker);
            }
            code = code.omocodeVariant(variant);
            omocodes++;
        }
        return new Person(code.value(), givenName, familyName, birth, sex, role, worker);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
