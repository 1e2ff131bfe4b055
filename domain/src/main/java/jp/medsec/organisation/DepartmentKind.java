package jp.medsec.organisation;

/** Why a department needs Group C people: it runs departmental systems, or externally connected medical devices. */
public enum DepartmentKind {
    DEPARTMENTAL_SYSTEMS, CONNECTED_DEVICES
}
