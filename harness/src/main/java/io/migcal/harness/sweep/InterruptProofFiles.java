package io.migcal.harness.sweep;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The run directory's files, written through streams rather than NIO channels. A channel closes
 * itself when the thread using it is interrupted ({@code ClosedByInterruptException}), and Ctrl-C,
 * a stop signal and the soak's kill all interrupt the sweep thread, often while it writes: the
 * manifest update or the cut of a torn row made then is exactly the one that must reach the disk.
 */
final class InterruptProofFiles {
    private InterruptProofFiles() {
    }

    /** Replaces {@code file} by {@code bytes}: written beside it, forced to disk, then moved over it. */
    static void replaceAtomically(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileOutputStream out = new FileOutputStream(temp.toFile(), false)) {
            out.write(bytes);
            out.getFD().sync();
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Cuts {@code file} to its first {@code bytes} bytes and forces that to disk. */
    static void truncate(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
            raf.getFD().sync();
        }
    }
}
