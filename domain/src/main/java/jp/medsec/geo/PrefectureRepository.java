package jp.medsec.geo;

import java.util.List;
import java.util.Optional;

public interface PrefectureRepository {

    List<Prefecture> findAll();

    Optional<Prefecture> find(int code);
}
