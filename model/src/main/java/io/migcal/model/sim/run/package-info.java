/**
 * Running a scenario many times in parallel (no shared mutable state), comparing policies on common
 * random streams with paired differences, summary statistics, and the paper's Tables 3 and 5.
 * May use: the other {@code model.sim} packages, {@code model.fit}, commons-math3.
 */
package io.migcal.model.sim.run;
