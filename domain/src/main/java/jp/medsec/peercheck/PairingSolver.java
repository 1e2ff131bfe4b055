package jp.medsec.peercheck;

import java.util.List;

/** Computes the pairing of a cycle's mutual checks; the same problem always gives the same pairing. */
public interface PairingSolver {

    /**
     * A pairing that keeps every hard rule and the pins, as good as the travel preference can make it.
     *
     * @throws Infeasible when no pairing keeps the hard rules (or a pin breaks one), naming the hospital
     */
    Pairing solve(PairingProblem problem);

    /**
     * Why {@code checkedCode} did not get one of the obvious other checkers: the three cheapest other participants,
     * each with the hard rule that excludes it or how much the plan would cost more.
     */
    List<Alternative> alternatives(PairingProblem problem, Pairing pairing, String checkedCode);
}
