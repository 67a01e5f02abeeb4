/** Accuracy: extracted graphs against hand-made gold facts, as precision, recall and F1 per fact kind. */
package org.parley.eval;
