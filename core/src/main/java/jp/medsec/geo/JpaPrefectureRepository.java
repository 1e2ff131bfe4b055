package jp.medsec.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPrefectureRepository implements PrefectureRepository {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public List<Prefecture> findAll() {
        return em.createQuery("select p from Prefecture p order by p.code", Prefecture.class).getResultList();
    }

    @Override
    public Optional<Prefecture> find(int code) {
        return Optional.ofNullable(em.find(Prefecture.class, code));
    }
}
