/**
 * A miniature hexagon with one deliberate violation per architecture rule. Never wired, never
 * run: ArchitectureRulesCanFailTest imports it to prove that each rule reports its violation.
 */
package dev.gatehouse.archfixture;
