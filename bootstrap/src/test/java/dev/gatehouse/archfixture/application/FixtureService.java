package dev.gatehouse.archfixture.application;

public class FixtureService {
    public String run() {
        return "ok";
    }
}
