package io.comm4j.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the Implementation-Version the build writes into the jar's manifest. */
public final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        final String v = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {
            "comm-smoke " + (v != null ? v : "(development build: not run from the jar, no manifest version)"),
            "JVM: ${java.version} (${java.vendor} ${java.vm.name}), OS: ${os.name} ${os.arch}",
        };
    }
}
