package com.acme.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A class the SDK's user already has, which the spec's Money schema maps to. */
public final class Money {
    private final String currency;
    private final long units;

    @JsonCreator
    public Money(@JsonProperty("currency") String currency, @JsonProperty("units") long units) {
        this.currency = currency;
        this.units = units;
    }

    @JsonProperty("currency")
    public String currency() {
        return currency;
    }

    @JsonProperty("units")
    public long units() {
        return units;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && money.currency.equals(currency) && money.units == units;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, units);
    }
}
