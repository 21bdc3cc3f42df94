package org.lwm2m.gateway.webconsole;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Simulated peripherals as factory configurations of {@value #FACTORY_PID}, whichever way they came (the console,
 * the shell, a file). What a peripheral's settings may be is the driver's own Metatype description: the console
 * builds its form from it and checks what it is sent against it, so a new setting of the driver needs no change
 * here.
 */
@Component(service = Peripherals.class)
public final class Peripherals {

    static final String FACTORY_PID = "org.lwm2m.gateway.driver.simulated";

    private final ConfigurationAdmin admin;
    private final MetaTypeService metatype;
    private final BundleContext context;

    @Activate
    public Peripherals(@Reference ConfigurationAdmin admin, @Reference MetaTypeService metatype,
            BundleContext context) {
        this.admin = admin;
        this.metatype = metatype;
        this.context = context;
    }

    /** The settings a peripheral has, from the driver's Metatype: id, name, description, type, default, options. */
    List<Map<String, Object>> settings() throws HttpError {
        List<Map<String, Object>> settings = new ArrayList<>();
        for (AttributeDefinition ad : definitions()) {
            List<Object> options = new ArrayList<>();
            String[] values = ad.getOptionValues();
            String[] labels = ad.getOptionLabels();
            for (int i = 0; values != null && i < values.length; i++) {
                options.add(NodeJson.map("value", values[i], "label", labels[i]));
            }
            String[] defaults = ad.getDefaultValue();
            settings.add(NodeJson.map("id", ad.getID(), "name", ad.getName(), "description", ad.getDescription(),
                    "default", defaults == null || defaults.length == 0 ? "" : defaults[0], "options", options));
        }
        return settings;
    }

    /** Every simulated peripheral: its configuration PID and its settings. */
    List<Map<String, Object>> list() throws HttpError {
        List<Map<String, Object>> peripherals = new ArrayList<>();
        for (Configuration configuration : configurations()) {
            Map<String, Object> settings = new TreeMap<>();
            Dictionary<String, Object> properties = configuration.getProperties();
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                if (!key.startsWith("service.") && !key.startsWith("felix.fileinstall.")) {
                    settings.put(key, properties.get(key));
                }
            }
            peripherals.add(NodeJson.map("pid", configuration.getPid(), "settings", settings,
                    "file", properties.get("felix.fileinstall.filename") != null));
        }
        return peripherals;
    }

    /**
     * Adds a peripheral with these settings, each checked against the driver's description; a setting left out
     * takes its default.
     *
     * @return the new configuration's PID
     * @throws HttpError 400 naming the first unknown or invalid setting (nothing is created then)
     */
    String add(Map<String, Object> requested) throws HttpError {
        List<AttributeDefinition> definitions = definitions();
        TreeSet<String> known = new TreeSet<>();
        definitions.forEach(ad -> known.add(ad.getID()));
        for (String key : requested.keySet()) {
            if (!known.contains(key)) {
                throw HttpError.badRequest("unknown setting '" + key + "'; a peripheral has " + known);
            }
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        for (AttributeDefinition ad : definitions) {
            Object value = requested.get(ad.getID());
            String text = value == null ? defaultOf(ad) : value.toString().trim();
            if (text == null) {
                continue;
            }
            String problem = ad.validate(text);
            if (problem != null && !problem.isEmpty()) {
                throw HttpError.badRequest(ad.getID() + " = '" + text + "': " + problem);
            }
            properties.put(ad.getID(), typed(ad, text));
        }
        try {
            Configuration configuration = admin.createFactoryConfiguration(FACTORY_PID, "?");
            configuration.update(properties);
            return configuration.getPid();
        } catch (IOException e) {
            throw new HttpError(500, "Configuration Admin could not store the peripheral: " + e.getMessage());
        }
    }

    /** @throws HttpError 404 if no simulated peripheral has this PID (nothing else is ever deleted here) */
    void remove(String pid) throws HttpError {
        for (Configuration configuration : configurations()) {
            if (configuration.getPid().equals(pid)) {
                try {
                    configuration.delete();
                    return;
                } catch (IOException e) {
                    throw new HttpError(500, "Configuration Admin could not delete " + pid + ": " + e.getMessage());
                }
            }
        }
        throw new HttpError(404, "no simulated peripheral has the PID '" + pid + "'");
    }

    private List<Configuration> configurations() throws HttpError {
        try {
            Configuration[] found = admin.listConfigurations("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
                    + FACTORY_PID + ")");
            return found == null ? List.of() : Arrays.asList(found);
        } catch (IOException | InvalidSyntaxException e) {
            throw new HttpError(500, "Configuration Admin could not list the peripherals: " + e.getMessage());
        }
    }

    /** The driver's attribute definitions; 503 while no installed bundle describes the factory PID. */
    private List<AttributeDefinition> definitions() throws HttpError {
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information != null && Arrays.asList(information.getFactoryPids()).contains(FACTORY_PID)) {
                ObjectClassDefinition ocd = information.getObjectClassDefinition(FACTORY_PID, null);
                return Arrays.asList(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL));
            }
        }
        throw new HttpError(503, "the simulated peripheral driver (" + FACTORY_PID + ") is not installed");
    }

    private static String defaultOf(AttributeDefinition ad) {
        String[] defaults = ad.getDefaultValue();
        return defaults == null || defaults.length == 0 ? null : defaults[0];
    }

    private static Object typed(AttributeDefinition ad, String text) {
        return switch (ad.getType()) {
            case AttributeDefinition.DOUBLE -> Double.valueOf(text);
            case AttributeDefinition.FLOAT -> Float.valueOf(text);
            case AttributeDefinition.LONG -> Long.valueOf(text);
            case AttributeDefinition.INTEGER -> Integer.valueOf(text);
            case AttributeDefinition.BOOLEAN -> Boolean.valueOf(text);
            default -> text;
        };
    }
}
