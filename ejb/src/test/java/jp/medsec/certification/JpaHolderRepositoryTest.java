package jp.medsec.certification;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JpaHolderRepositoryTest {

    @Test
    void likeWildcardsInSearchTextAreTakenLiterally() {
        assertEquals("100!%", JpaHolderRepository.escapeLike("100%"));
        assertEquals("a!_b", JpaHolderRepository.escapeLike("a_b"));
        assertEquals("!!x", JpaHolderRepository.escapeLike("!x"));
        assertEquals("山田", JpaHolderRepository.escapeLike("山田"));
    }
}
