package jp.medsec.certification;

import java.util.List;
import java.util.Optional;

public interface HolderRepository {

    Optional<Holder> find(long id);

    /** A page of holders matching the search, straight from the database. */
    List<HolderSummary> search(HolderSearch search, HolderSearch.Sort sort, boolean ascending, int first, int pageSize);

    long count(HolderSearch search);

    Optional<Certification> findCertificate(CertificateNumber number);

    /** Holders who agreed to be listed and hold a current certification, a page at a time. */
    List<DirectoryEntry> directory(DirectorySearch search, int first, int pageSize);

    long directoryCount(DirectorySearch search);
}
