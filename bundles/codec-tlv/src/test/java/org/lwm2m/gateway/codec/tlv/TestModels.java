package org.lwm2m.gateway.codec.tlv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.StaticModel;
import org.lwm2m.gateway.api.model.ObjectModel;

/** The test DDFs, loaded both as our models and as Leshan's, from the same files. */
final class TestModels {

    static final List<Integer> OBJECT_IDS = List.of(0, 1, 3, 25, 3303, 33001);
    /** The test object with one single and one multiple resource of every type. */
    static final int ALL_TYPES = 33001;

    private TestModels() {
    }

    static ObjectModel ours(int objectId) {
        return ObjectModel.load(TestModels.class, "/ddf/" + objectId + ".xml");
    }

    static List<ObjectModel> allOurs() {
        List<ObjectModel> models = new ArrayList<>();
        OBJECT_IDS.forEach(id -> models.add(ours(id)));
        return models;
    }

    static LwM2mModel leshan() {
        List<org.eclipse.leshan.core.model.ObjectModel> models = new ArrayList<>();
        for (int id : OBJECT_IDS) {
            String name = "/ddf/" + id + ".xml";
            try (InputStream in = TestModels.class.getResourceAsStream(name)) {
                models.addAll(ObjectLoader.loadDdfFile(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("Leshan cannot load " + name, e);
            }
        }
        return new StaticModel(models);
    }
}
