package jp.medsec.personnel;

import java.util.List;

/** The new-course modules a person of a group must take, is exempt from, is recommended; and the continuing topics. */
public record Curriculum(Group group, List<String> required, List<String> exempt, List<String> recommended,
                         List<String> continuing) implements java.io.Serializable {
}
