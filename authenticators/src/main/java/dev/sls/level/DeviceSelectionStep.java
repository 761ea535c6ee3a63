package dev.sls.level;

/**
 * A flow step that picks among the devices of its sub-flow rather than being one (the chooser). Levels are those of
 * the devices; such a step has none and is passed over when levels and device steps are read from a flow.
 */
public interface DeviceSelectionStep {
}
