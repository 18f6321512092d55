#include "crm/store/file_location.h"

#include <gtest/gtest.h>

#include <linux/magic.h>

using namespace crm;

TEST(FileLocation, NetworkFileSystemsAreRecognisedByTheirMagic) {
    EXPECT_EQ(networkFileSystemOf(NFS_SUPER_MAGIC), "NFS");
    EXPECT_EQ(networkFileSystemOf(static_cast<long>(0xFF534D42)), "SMB/CIFS");
    EXPECT_EQ(networkFileSystemOf(static_cast<long>(0xFE534D42)), "SMB2");
    EXPECT_EQ(networkFileSystemOf(SMB_SUPER_MAGIC), "SMB");
    EXPECT_FALSE(networkFileSystemOf(EXT4_SUPER_MAGIC));
    EXPECT_FALSE(networkFileSystemOf(TMPFS_MAGIC));
}

TEST(FileLocation, TheTestTreeIsLocalAndTheWarningSaysWhatToDo) {
    EXPECT_FALSE(networkFileSystem(CRM_TEST_TMP_DIR "/no-such-file.crm"));
    const std::string warning = networkShareWarning("NFS");
    EXPECT_NE(warning.find("NFS"), std::string::npos);
    EXPECT_NE(warning.find("local disk"), std::string::npos);
}
