package org.citycast.society.civilaffairs;

/** Whether a society is in the state a message needs. */
record Readiness(State state, String reason) {

    enum State {
        /** Apply it now. */
        READY,
        /** The society has not got there yet; the message waits. */
        NOT_YET,
        /** The society is past it, or on another path: the message cannot be applied. */
        IMPOSSIBLE
    }

    static Readiness ready() {
        return new Readiness(State.READY, null);
    }

    static Readiness notYet(String reason) {
        return new Readiness(State.NOT_YET, reason);
    }

    static Readiness impossible(String reason) {
        return new Readiness(State.IMPOSSIBLE, reason);
    }
}
