/** Benchmarks run by hand (surefire skips this package): see each class's Javadoc for how. */
package org.parley.bench;
