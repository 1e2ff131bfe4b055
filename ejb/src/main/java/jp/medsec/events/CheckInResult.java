package jp.medsec.events;

import jp.medsec.certification.CertificationStatus;

/**
 * What the reception desk sees after a number is typed or a certificate's QR code scanned.
 *
 * @param points points awarded now (0 when already recorded)
 */
public record CheckInResult(Outcome outcome, String certificateNumber, String holderName, CertificationStatus status,
                            int points) implements java.io.Serializable {

    public enum Outcome {
        RECORDED, ALREADY_RECORDED, UNKNOWN_NUMBER, MALFORMED
    }

    public static CheckInResult refused(Outcome outcome, String input) {
        return new CheckInResult(outcome, input, null, null, 0);
    }
}
