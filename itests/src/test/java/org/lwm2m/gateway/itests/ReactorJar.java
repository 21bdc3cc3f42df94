package org.lwm2m.gateway.itests;

import java.io.File;

/**
 * A jar this reactor builds, for the test framework. Maven passes its path as the system property
 * {@code bundle.<artifactId>} (see itests/pom.xml); a run without it (an IDE) looks in the module's target/.
 *
 * @param artifactId the Maven artifactId, which is also the jar's name up to its version
 * @param module the module's directory, relative to the reactor root ("bundles/api")
 */
public record ReactorJar(String artifactId, String module) {

    /** The jar file. */
    public File file() {
        String path = System.getProperty("bundle." + artifactId);
        File jar = path != null && !path.isEmpty() ? new File(path) : builtJar();
        if (jar == null || !jar.isFile()) {
            throw new IllegalStateException("jar of " + artifactId + " not found (system property bundle."
                    + artifactId + "=" + path + "); build it first: mvn install -pl " + module);
        }
        return jar;
    }

    /** The file URL Pax Exam and {@code BundleContext.installBundle} take. */
    public String location() {
        return file().toURI().toString();
    }

    private File builtJar() {
        File[] jars = new File("../" + module + "/target").listFiles((dir, name) ->
                name.startsWith(artifactId + "-") && name.endsWith(".jar")
                        && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar"));
        return jars != null && jars.length == 1 ? jars[0] : null;
    }
}
