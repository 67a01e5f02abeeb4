/** Stage 2: who and when — gazetteer look-up, titled people, coreference, groups and dates in a document. */
package org.parley.mention;
