package org.citycast.funding;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** A feature test that sets its grants up through the API with {@link Grants}, afresh for each test. */
public abstract class GrantsTest extends ServiceTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;

    protected Grants grants;

    @BeforeEach
    void grantsThroughTheApi() {
        grants = new Grants(mvc, json, jdbc, clock);
    }
}
