package jp.medsec.web.faces;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lazy table model whose count and page come from the database (the services page there): the lists give it how to
 * count, how to load a page and each row's key, instead of each writing the same LazyDataModel subclass.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the table's filters select. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count(Map<String, FilterMeta> filterBy);
    }

    /** One page of rows. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy);
    }

    /** A row's key, unique within the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = Objects.requireNonNull(counter);
        this.loader = Objects.requireNonNull(loader);
        this.key = Objects.requireNonNull(key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count(filterBy));
    }

    /** The largest page a table may ask for; a request for more (only a hand-made one can) gets this many. */
    public static final int MAX_PAGE = 100;

    /** Offsets and page sizes come from the request: a negative offset reads the first page. */
    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(Math.max(0, first), Math.max(1, Math.min(pageSize, MAX_PAGE)), sortBy, filterBy);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
