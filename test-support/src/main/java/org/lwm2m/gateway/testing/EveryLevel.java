package org.lwm2m.gateway.testing;

import java.util.List;

import org.lwm2m.gateway.api.model.ObjectModel;

/** Random objects of every model, checked at every level: the object, its instances, resources, resource instances. */
public final class EveryLevel {

    /** A check of one node of a random tree. */
    @FunctionalInterface
    public interface Check {
        void run(ObjectModel model, NodeAt at) throws Exception;
    }

    private EveryLevel() {
    }

    /**
     * Runs {@code check} on every node of {@code treesPerObject} random objects of each model.
     *
     * @return how many nodes were checked
     */
    public static int check(List<ObjectModel> models, RandomTrees trees, int treesPerObject, Check check)
            throws Exception {
        int checked = 0;
        for (ObjectModel model : models) {
            for (int i = 0; i < treesPerObject; i++) {
                for (NodeAt at : NodeAt.everyLevelOf(trees.object(model))) {
                    check.run(model, at);
                    checked++;
                }
            }
        }
        return checked;
    }
}
