package dev.sesref.cli;

/** The exit codes of every sesref command. */
final class ExitCodes {
    static final int OK = 0;
    static final int ERRORS = 1;
    static final int USAGE = 2;

    private ExitCodes() {}
}
