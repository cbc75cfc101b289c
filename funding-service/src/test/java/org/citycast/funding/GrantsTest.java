package org.citycast.funding;

import org.junit.jupiter.api.BeforeEach;

/** A feature test that sets its grants up through the API with {@link Grants}, afresh for each test. */
public abstract class GrantsTest extends ServiceTest {

    protected Grants grants;

    @BeforeEach
    void grantsThroughTheApi() {
        grants = new Grants(mvc, json, jdbc, clock);
    }
}
