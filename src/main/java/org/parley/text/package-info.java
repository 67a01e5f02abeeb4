/** Stage 1: raw article text to sentences and tokens (OpenNLP), with exact character offsets. */
package org.parley.text;
