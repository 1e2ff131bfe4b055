package jp.medsec.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The public directory of holders who agreed to be listed (名簿): anyone may search it; nothing private shows. */
@Stateless
@PermitAll
public class PublicDirectory {

    @Inject
    private HolderRepository holders;

    public List<DirectoryEntry> search(@NotNull DirectorySearch search, @Min(0) int first, @Min(1) @Max(100) int pageSize) {
        return holders.directory(search, first, pageSize);
    }

    public long count(@NotNull DirectorySearch search) {
        return holders.directoryCount(search);
    }
}
