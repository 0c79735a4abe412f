/**
 * The HCCL backend ({@link io.comm4j.hccl.HcclBackend}, name {@code hccl}) and the ACL lifecycle
 * ({@link io.comm4j.hccl.AclRuntime}, {@link io.comm4j.hccl.AclStream}): contract section 3 over
 * the bindings of {@code io.comm4j.bindings.acl/hccl/hcomm}. See docs/hccl.md.
 */
package io.comm4j.hccl;
