/** Stage 3: facts — one extractor per fact kind, each driven by its trigger lexicon in data/lexicon/. */
package org.parley.extract;
