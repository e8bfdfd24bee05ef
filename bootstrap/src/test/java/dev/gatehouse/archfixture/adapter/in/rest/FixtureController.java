package dev.gatehouse.archfixture.adapter.in.rest;

public class FixtureController {
    public String get() {
        return "";
    }
}
