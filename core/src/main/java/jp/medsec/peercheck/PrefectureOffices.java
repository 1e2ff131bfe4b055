package jp.medsec.peercheck;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The 47 prefectural government offices (都道府県庁所在地) and the great-circle distances between them, as API.md
 * defines the distance of a mutual check: haversine on a sphere of radius 6,371 km, 0 inside one prefecture, rounded to
 * 0.1 km. Read once from {@code prefecture-offices.csv} (a copy of shared/data/prefecture-offices.csv).
 */
public final class PrefectureOffices {

    static final double EARTH_RADIUS_KM = 6371.0;
    private static final String RESOURCE = "prefecture-offices.csv";

    private final int[][] deciKm = new int[48][48];

    private PrefectureOffices(double[] latitude, double[] longitude) {
        for (int a = 1; a <= 47; a++) {
            for (int b = 1; b <= 47; b++) {
                deciKm[a][b] = a == b ? 0
                        : (int) Math.round(haversineKm(latitude[a], longitude[a], latitude[b], longitude[b]) * 10);
            }
        }
    }

    public static PrefectureOffices load() {
        try (InputStream in = PrefectureOffices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + PrefectureOffices.class.getName());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static PrefectureOffices read(Reader csv) throws IOException {
        double[] latitude = new double[48];
        double[] longitude = new double[48];
        boolean[] seen = new boolean[48];
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(csv)) {
            int code = Integer.parseInt(row.get("code"));
            latitude[code] = Double.parseDouble(row.get("latitude"));
            longitude[code] = Double.parseDouble(row.get("longitude"));
            seen[code] = true;
        }
        for (int code = 1; code <= 47; code++) {
            if (!seen[code]) {
                throw new IllegalStateException(RESOURCE + " has no office for prefecture " + code);
            }
        }
        return new PrefectureOffices(latitude, longitude);
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The rounded distance in tenths of a km between two prefectures given as JIS codes "01".."47". */
    public int deciKm(String prefecture, String otherPrefecture) {
        return deciKm[Integer.parseInt(prefecture)][Integer.parseInt(otherPrefecture)];
    }

    public BigDecimal km(String prefecture, String otherPrefecture) {
        return BigDecimal.valueOf(deciKm(prefecture, otherPrefecture), 1);
    }
}
