package org.citycast.expert.pool;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citycast.expert.platform.DomainException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The pools and their admission rules, from configuration ({@code platform.pools.<CODE>}). */
@ConfigurationProperties("platform")
public record Pools(Map<String, PoolRule> pools) {

    public Pools {
        pools = pools == null ? Map.of() : new LinkedHashMap<>(pools);
    }

    public PoolRule rule(String pool) {
        PoolRule rule = pools.get(pool);
        if (rule == null) {
            throw DomainException.invalid("pool", "'" + pool + "' is not a pool; the pools are " + pools.keySet());
        }
        return rule;
    }

    public boolean exists(String pool) {
        return pools.containsKey(pool);
    }

    public String name(String pool) {
        PoolRule rule = pools.get(pool);
        return rule == null ? pool : rule.name();
    }
}
