package jp.medsec.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What staff fill in to register an event. */
public record EventDraft(
        @NotBlank(message = "{event.title.required}") @Size(max = 200) String title,
        @NotNull(message = "{event.kind.required}") EventKind kind,
        @NotBlank(message = "{event.organiser.required}") @Size(max = 200) String organiser,
        @NotNull(message = "{event.startsOn.required}") LocalDate startsOn,
        @NotNull(message = "{event.endsOn.required}") LocalDate endsOn,
        @Size(max = 200) String venue,
        @Min(0) @Max(Event.MAX_POINTS) int points,
        @NotBlank String pointCategory,
        boolean mandatorySeminar,
        @jakarta.validation.constraints.Size(max = 60) java.util.Set<String> modules) {

    /** An event that completes no course module. */
    public EventDraft(String title, EventKind kind, String organiser, LocalDate startsOn, LocalDate endsOn, String venue,
                      int points, String pointCategory, boolean mandatorySeminar) {
        this(title, kind, organiser, startsOn, endsOn, venue, points, pointCategory, mandatorySeminar, java.util.Set.of());
    }
}
