package it.mutua.app.identity.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import it.mutua.app.identity.domain.UserAccount;

/**
 * Every call joins the caller's transaction or starts one: an EntityManager used outside a JTA transaction would
 * take a connection under Liberty's local transaction containment, which the multi-tenant connection provider must
 * never see.
 */
@ApplicationScoped
@Transactional
public class UserRepository {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public void add(UserAccount user) {
        em.persist(user);
        em.flush();
    }

    public List<UserAccount> ofTenant(long tenantId, int offset, int limit) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.tenantId = :t ORDER BY u.username", UserAccount.class)
                .setParameter("t", tenantId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfTenant(long tenantId) {
        return em.createQuery("SELECT count(u) FROM UserAccount u WHERE u.tenantId = :t", Long.class)
                .setParameter("t", tenantId).getSingleResult();
    }
}
