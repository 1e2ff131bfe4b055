package jp.medsec.events;

import jp.medsec.certification.CertificateNumber;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttendanceDeskTest {

    @Test
    void findsTheNumberInWhatWasTypedOrScanned() {
        assertEquals(Optional.of(new CertificateNumber("HIT-00000001")), AttendanceDesk.extractNumber(" hit-00000001 "));
        assertEquals(Optional.of(new CertificateNumber("SHI-00000042")),
                AttendanceDesk.extractNumber("http://localhost:8080/verify.xhtml?n=SHI-00000042"));
        assertEquals(Optional.of(new CertificateNumber("MIIS-00000007")), AttendanceDesk.extractNumber("ＭＩＩＳ－００００００07"));
    }

    @Test
    void refusesWhatIsNotACertificateNumber() {
        assertEquals(Optional.empty(), AttendanceDesk.extractNumber("HIT-123456789"));
        assertEquals(Optional.empty(), AttendanceDesk.extractNumber("ABCDEF-0001"));
        assertEquals(Optional.empty(), AttendanceDesk.extractNumber("山田太郎"));
        assertEquals(Optional.empty(), AttendanceDesk.extractNumber(null));
    }
}
