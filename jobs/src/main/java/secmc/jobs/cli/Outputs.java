package secmc.jobs.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks of output and input paths, before anything is computed or written. */
final class Outputs {
    private Outputs() {
    }

    /** {@code dir} as a path that is, or can become, a directory. */
    static Path checkDirectory(String dir, String option) {
        Path p;
        try {
            p = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(option + " must be a directory path, got '" + dir + "'");
        }
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new IllegalArgumentException(option + " must be a directory, but '" + dir + "' is a file");
        }
        Path existing = p.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new IllegalArgumentException(option + " '" + dir + "' cannot be created: " + existing + " is not a writable directory");
        }
        return p;
    }

    /** {@code dir} as an existing secmc dataset directory. */
    static Path checkDataset(String dir) {
        Path p;
        try {
            p = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("dataset-dir must be a path, got '" + dir + "'");
        }
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("dataset-dir '" + dir + "' is not a directory (expected OUT/ID written by 'secmc run')");
        }
        if (!Files.isReadable(p.resolve(secmc.jobs.parquet.DatasetWriter.MANIFEST))) {
            throw new IllegalArgumentException("dataset-dir '" + dir + "' is not a secmc dataset (no "
                    + secmc.jobs.parquet.DatasetWriter.MANIFEST + ")");
        }
        return p;
    }
}
