package org.lwm2m.gateway.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.leshan.core.model.InvalidDDFFileException;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;

/** Eclipse Leshan's models of the test DDFs, loaded by Leshan's own DDF parser from the same files as ours. */
public final class LeshanModels {

    private LeshanModels() {
    }

    /**
     * Leshan's model of the given files.
     *
     * @throws IllegalArgumentException if two files define the same object, which one Leshan model cannot hold
     */
    public static LwM2mModel of(List<TestDdf> ddfs) {
        List<ObjectModel> models = new ArrayList<>();
        for (TestDdf ddf : ddfs) {
            if (models.stream().anyMatch(m -> m.id == ddf.objectId())) {
                throw new IllegalArgumentException("object " + ddf.objectId() + " twice in " + ddfs);
            }
            models.addAll(load(ddf));
        }
        return new StaticModel(models);
    }

    private static List<ObjectModel> load(TestDdf ddf) {
        try (InputStream in = ddf.open()) {
            if (in == null) {
                throw new IllegalStateException("DDF resource not found: " + ddf.resource());
            }
            return ObjectLoader.loadDdfFile(in, ddf.resource());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ddf.resource(), e);
        } catch (InvalidDDFFileException e) {
            throw new IllegalStateException("Leshan cannot load " + ddf.resource(), e);
        }
    }
}
