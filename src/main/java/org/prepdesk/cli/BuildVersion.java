package org.prepdesk.cli;

import org.prepdesk.build.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code prepdesk --version}: the version and the build it was made from. Stateless. */
final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.current().describe()};
    }
}
