package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;

class PeopleGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final SeedPlan TENTH = SeedPlan.of(2025, Scale.parse("1/10"));
    private static final Map<PlannedCooperative, List<Person>> PEOPLE = TENTH.generatePeople();

    @Test
    void every_codice_fiscale_is_valid_and_agrees_with_the_persons_birth_date_and_sex() {
        PEOPLE.values().stream().flatMap(List::stream).forEach(p -> {
            FiscalCode code = FiscalCode.parse(p.fiscalCode());
            assertEquals(p.birthDate(), code.birthDate(TODAY), p::toString);
            assertEquals(p.sex(), code.sex(), p::toString);
        });
    }

    @Test
    void codici_fiscali_are_unique_across_the_whole_data_set_with_omocodia_where_two_would_collide() {
        Set<String> seen = new HashSet<>();
        long people = 0;
        for (List<Person> list : PEOPLE.values()) {
            for (Person p : list) {
                people++;
                assertTrue(seen.add(p.fiscalCode()), "duplicate " + p.fiscalCode());
            }
        }
        assertEquals(TENTH.people(), people);
    }

    @Test
    void each_cooperative_gets_its_planned_workers_and_family_members_attached_to_its_own_workers() {
        PEOPLE.forEach((coop, people) -> {
            assertEquals(coop.people(), people.size());
            Set<String> workers = people.stream().filter(p -> !p.isFamilyMember()).map(Person::fiscalCode)
                    .collect(Collectors.toSet());
            assertEquals(coop.workers(), workers.size());
            people.stream().filter(Person::isFamilyMember).forEach(p -> {
                assertNotNull(p.worker());
                assertTrue(workers.contains(p.worker()), () -> p + " belongs to a worker of another cooperative");
            });
            people.stream().filter(p -> !p.isFamilyMember()).forEach(p -> assertNull(p.worker()));
        });
    }

    @Test
    void workers_are_of_working_age_and_children_are_younger_than_their_parent() {
        Map<String, Person> byCode = PEOPLE.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Person::fiscalCode, p -> p));
        byCode.values().forEach(p -> {
            if (p.role() == Person.Role.WORKER) {
                assertTrue(p.birthDate().getYear() >= 1960 && p.birthDate().getYear() <= 2006, p::toString);
            } else if (p.role() == Person.Role.CHILD) {
                assertTrue(p.birthDate().isAfter(byCode.get(p.worker()).birthDate()), p::toString);
            }
        });
    }

    @Test
    void the_same_seed_gives_the_same_people() {
        PlannedCooperative first = TENTH.cooperatives().get(0);
        assertEquals(PEOPLE.get(first), SeedPlan.of(2025, Scale.parse("1/10")).generatePeople().get(first));
    }
}
