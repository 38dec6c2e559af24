package dev.umws.nativelib;

import dev.umws.abi.AbiFacts;
import dev.umws.abi.AbiFacts.Fact;
import dev.umws.abi.Generation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeLibraryTest {

    @Test
    void loadsThePackagedLibraryAndItsTableMatchesTheSelectedGeneration() {
        assertNotNull(NativeLibrary.lookup());
        AbiTable.Contents table = AbiTable.read(NativeLibrary.lookup());
        assertEquals(Generation.SELECTED.number(), table.generation());
        AbiTableCheck.Result r = AbiTableCheck.compare(Generation.SELECTED, table);
        assertTrue(r.mismatches().isEmpty(), r.describe());
        assertEquals(AbiFacts.of(Generation.SELECTED).size(), table.entries().size());
    }

    @Test
    void aWrongJavaOffsetSizeOrBitIsNamedInTheRefusal() {
        AbiTable.Contents table = AbiTable.read(NativeLibrary.lookup());
        List<Fact> wrong = new ArrayList<>();
        for (Fact f : AbiFacts.of(Generation.SELECTED)) {
            if (f.where().equals("DXGKARGCB_NOTIFY_INTERRUPT_DATA.Flags") && f.kind() == AbiFacts.Kind.FIELD) {
                f = new Fact(f.kind(), f.type(), f.member(), 76, f.extent());
            } else if (f.where().equals("DXGKARGCB_NOTIFY_INTERRUPT_DATA") && f.kind() == AbiFacts.Kind.TYPE) {
                f = new Fact(f.kind(), f.type(), f.member(), f.position(), 88);
            } else if (f.where().equals("D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission")) {
                f = new Fact(f.kind(), f.type(), f.member(), 5, 1);
            }
            wrong.add(f);
        }
        wrong.add(new Fact(AbiFacts.Kind.FIELD, "D3DKMT_CREATEHWQUEUE", "NoSuchMember", 0, 4));
        AbiTableCheck.Result r = AbiTableCheck.compare(Generation.SELECTED, wrong, table);
        assertTrue(r.mismatches().contains("DXGKARGCB_NOTIFY_INTERRUPT_DATA.Flags: offset Java 76, native 72"), r.describe());
        assertTrue(r.mismatches().contains("DXGKARGCB_NOTIFY_INTERRUPT_DATA: size Java 88, native 80"), r.describe());
        assertTrue(r.mismatches().contains("D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission: bit offset Java 5, native 4"),
                r.describe());
        assertTrue(r.mismatches().contains(
                "D3DKMT_CREATEHWQUEUE.NoSuchMember: member in Java, missing from the native table"), r.describe());
        assertEquals(4, r.mismatches().size(), r.describe());
        assertTrue(new AbiMismatchError(NativeLibrary.path(), r).getMessage().contains("refusing"));
    }

    @Test
    void aLibraryBuiltForAnotherGenerationIsRefusedByName() {
        AbiTable.Contents table = AbiTable.read(NativeLibrary.lookup());
        Generation other = Generation.SELECTED == Generation.G3 ? Generation.G2 : Generation.G3;
        AbiTableCheck.Result r = AbiTableCheck.compare(other, table);
        assertTrue(r.mismatches().get(0).startsWith("generation: Java uses " + other), r.describe());
        assertTrue(r.mismatches().size() > 1, "the layouts differ too");
    }

    @Test
    void platformNamesMatchTheResourceDirectory() {
        assertTrue(Platform.id().matches("[a-z0-9]+-[a-z0-9_]+"), Platform.id());
        if (System.getProperty(NativeLibrary.PATH_PROPERTY) == null) { // an override names any file
            assertTrue(NativeLibrary.path().toString().contains(Platform.id()), NativeLibrary.path().toString());
        }
    }
}
