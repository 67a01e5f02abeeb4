/** The command line: one picocli class per subcommand; exit codes and messages for people. */
package org.parley.cli;
