package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Which device a rank uses when the caller named none (convenience path): HCCL runs one rank per
 * device, so giving every rank device 0 would put a whole node's ranks on one card.
 *
 * <p>In order: the rank's local rank on its node as its launcher sets it
 * ({@value #VARIABLES_TEXT}, the first that is set and is a number >= 0); else the rank modulo the
 * number of visible devices ({@code aclrtGetDeviceCount}, which counts what
 * {@code ASCEND_RT_VISIBLE_DEVICES} leaves visible, numbered 0..n-1). The choice and its reason are
 * logged at info level.
 *
 * @param rank the rank in the group
 * @param env  the environment to read the launcher variables from
 */
record DeviceChoice(int rank, Map<String, String> env) {
    private static final Logger LOG = LogManager.getLogger(DeviceChoice.class);
    /** The launcher variables that carry a rank's local rank, in the order they are read. */
    static final List<String> LOCAL_RANK_VARIABLES = List.of("OMPI_COMM_WORLD_LOCAL_RANK", "SLURM_LOCALID",
        "LOCAL_RANK", "MPI_LOCALRANKID", "PMI_LOCAL_RANK");
    static final String VARIABLES_TEXT = "OMPI_COMM_WORLD_LOCAL_RANK (OpenMPI), SLURM_LOCALID (Slurm), LOCAL_RANK "
        + "(torchrun), MPI_LOCALRANKID (MPICH/Intel MPI), PMI_LOCAL_RANK (PMI)";

    /** The choice for this process: its environment. */
    static DeviceChoice of(final int rank) {
        return new DeviceChoice(rank, System.getenv());
    }

    /**
     * The logical device id, as ACL takes it.
     *
     * @param visibleDevices asked only when no launcher variable is set
     * @throws CommException at {@link Stage#ACL_READY} when no device is visible
     */
    int resolve(final IntSupplier visibleDevices) {
        for (final String name : LOCAL_RANK_VARIABLES) {
            final String value = env.get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                final int local = Integer.parseInt(value.strip());
                if (local >= 0) {
                    LOG.info("rank {}: device {} (from {}={}; no device was given)", rank, local, name, value.strip());
                    return local;
                }
            } catch (final NumberFormatException ignored) {
                // fall through: logged below, the next variable is tried
            }
            LOG.warn("rank {}: ignoring {}={}: not a local rank (a number >= 0)", rank, name, value);
        }
        final int count = visibleDevices.getAsInt();
        if (count <= 0) {
            throw new CommException(Stage.ACL_READY, HcclBackend.NAME, "no device was given and "
                + "aclrtGetDeviceCount reports " + count + " visible devices: check the driver (npu-smi info) and "
                + "ASCEND_RT_VISIBLE_DEVICES");
        }
        final int device = rank % count;
        LOG.info("rank {}: device {} (rank {} mod {} visible devices; no device was given and none of {} is set)",
            rank, device, rank, count, VARIABLES_TEXT);
        return device;
    }
}
