package dev.sesref.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest (or "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"sesref " + (v == null ? "dev" : v)};
    }
}
