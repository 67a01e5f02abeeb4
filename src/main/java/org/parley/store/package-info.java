/** Stage 5: the TDB2 dataset, its named-graph layout, atomic replacement of graphs, default data. */
package org.parley.store;
