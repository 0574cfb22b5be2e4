-- MariaDB dump 10.18  Distrib 10.5.8-MariaDB, for osx10.15 (x86_64)
--
-- Host: localhost    Database: jwdb
-- ------------------------------------------------------
-- Server version	10.5.8-MariaDB

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `dir_department`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_department` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `organizationId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `hod` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `parentId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKEEE8AA4418CEBAE1` (`organizationId`),
  KEY `FKEEE8AA44EF6BB2B7` (`parentId`),
  KEY `FKEEE8AA4480DB1449` (`hod`),
  CONSTRAINT `FKEEE8AA4418CEBAE1` FOREIGN KEY (`organizationId`) REFERENCES `dir_organization` (`id`),
  CONSTRAINT `FKEEE8AA4480DB1449` FOREIGN KEY (`hod`) REFERENCES `dir_employment` (`id`),
  CONSTRAINT `FKEEE8AA44EF6BB2B7` FOREIGN KEY (`parentId`) REFERENCES `dir_department` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_department`
--

/*!40000 ALTER TABLE `dir_department` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_department` ENABLE KEYS */;

--
-- Table structure for table `dir_employment`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_employment` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `userId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `startDate` date DEFAULT NULL,
  `endDate` date DEFAULT NULL,
  `employeeCode` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `role` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `gradeId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `departmentId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `organizationId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKC6620ADE716AE35F` (`departmentId`),
  KEY `FKC6620ADE14CE02E9` (`gradeId`),
  KEY `FKC6620ADECE539211` (`userId`),
  KEY `FKC6620ADE18CEBAE1` (`organizationId`),
  CONSTRAINT `FKC6620ADE14CE02E9` FOREIGN KEY (`gradeId`) REFERENCES `dir_grade` (`id`),
  CONSTRAINT `FKC6620ADE18CEBAE1` FOREIGN KEY (`organizationId`) REFERENCES `dir_organization` (`id`),
  CONSTRAINT `FKC6620ADE716AE35F` FOREIGN KEY (`departmentId`) REFERENCES `dir_department` (`id`),
  CONSTRAINT `FKC6620ADECE539211` FOREIGN KEY (`userId`) REFERENCES `dir_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_employment`
--

/*!40000 ALTER TABLE `dir_employment` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_employment` ENABLE KEYS */;

--
-- Table structure for table `dir_employment_report_to`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_employment_report_to` (
  `employmentId` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `reportToId` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`employmentId`,`reportToId`),
  KEY `FK53622945F4068416` (`reportToId`),
  KEY `FK536229452787E613` (`employmentId`),
  CONSTRAINT `FK536229452787E613` FOREIGN KEY (`employmentId`) REFERENCES `dir_employment` (`id`),
  CONSTRAINT `FK53622945F4068416` FOREIGN KEY (`reportToId`) REFERENCES `dir_employment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_employment_report_to`
--

/*!40000 ALTER TABLE `dir_employment_report_to` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_employment_report_to` ENABLE KEYS */;

--
-- Table structure for table `dir_grade`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_grade` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `organizationId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKBC9A49A518CEBAE1` (`organizationId`),
  CONSTRAINT `FKBC9A49A518CEBAE1` FOREIGN KEY (`organizationId`) REFERENCES `dir_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_grade`
--

/*!40000 ALTER TABLE `dir_grade` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_grade` ENABLE KEYS */;

--
-- Table structure for table `dir_group`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_group` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `organizationId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKBC9A804D18CEBAE1` (`organizationId`),
  CONSTRAINT `FKBC9A804D18CEBAE1` FOREIGN KEY (`organizationId`) REFERENCES `dir_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_group`
--

/*!40000 ALTER TABLE `dir_group` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_group` ENABLE KEYS */;

--
-- Table structure for table `dir_organization`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_organization` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `parentId` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK55A15FA5961BD498` (`parentId`),
  CONSTRAINT `FK55A15FA5961BD498` FOREIGN KEY (`parentId`) REFERENCES `dir_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_organization`
--

/*!40000 ALTER TABLE `dir_organization` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_organization` ENABLE KEYS */;

--
-- Table structure for table `dir_role`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_role` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_role`
--

/*!40000 ALTER TABLE `dir_role` DISABLE KEYS */;
INSERT INTO `dir_role` VALUES ('ROLE_ADMIN','Admin','Administrator'),('ROLE_USER','User','Normal User');
/*!40000 ALTER TABLE `dir_role` ENABLE KEYS */;

--
-- Table structure for table `dir_user`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `username` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `password` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `firstName` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `lastName` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `timeZone` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `locale` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user`
--

/*!40000 ALTER TABLE `dir_user` DISABLE KEYS */;
INSERT INTO `dir_user` VALUES ('admin','admin','21232f297a57a5a743894a0e4a801fc3','Admin','Admin',NULL,1,'0',NULL);
/*!40000 ALTER TABLE `dir_user` ENABLE KEYS */;

--
-- Table structure for table `dir_user_extra`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user_extra` (
  `username` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `algorithm` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `loginAttempt` int(11) DEFAULT NULL,
  `failedloginAttempt` int(11) DEFAULT NULL,
  `lastLogedInDate` datetime DEFAULT NULL,
  `lockOutDate` datetime DEFAULT NULL,
  `lastPasswordChangeDate` datetime DEFAULT NULL,
  `requiredPasswordChange` bit(1) DEFAULT NULL,
  `noPasswordExpiration` bit(1) DEFAULT NULL,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user_extra`
--

/*!40000 ALTER TABLE `dir_user_extra` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_user_extra` ENABLE KEYS */;

--
-- Table structure for table `dir_user_group`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user_group` (
  `groupId` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `userId` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`userId`,`groupId`),
  KEY `FK2F0367FD159B6639` (`groupId`),
  KEY `FK2F0367FDCE539211` (`userId`),
  CONSTRAINT `FK2F0367FD159B6639` FOREIGN KEY (`groupId`) REFERENCES `dir_group` (`id`),
  CONSTRAINT `FK2F0367FDCE539211` FOREIGN KEY (`userId`) REFERENCES `dir_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user_group`
--

/*!40000 ALTER TABLE `dir_user_group` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_user_group` ENABLE KEYS */;

--
-- Table structure for table `dir_user_meta`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user_meta` (
  `username` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `meta_key` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `meta_value` longtext COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`username`,`meta_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user_meta`
--

/*!40000 ALTER TABLE `dir_user_meta` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_user_meta` ENABLE KEYS */;

--
-- Table structure for table `dir_user_password_history`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user_password_history` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `username` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `salt` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `password` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `updatedDate` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user_password_history`
--

/*!40000 ALTER TABLE `dir_user_password_history` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_user_password_history` ENABLE KEYS */;

--
-- Table structure for table `dir_user_replacement`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user_replacement` (
  `id` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `username` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `replacementUser` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `appId` varchar(4000) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `processIds` varchar(4000) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `startDate` datetime DEFAULT NULL,
  `endDate` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user_replacement`
--

/*!40000 ALTER TABLE `dir_user_replacement` DISABLE KEYS */;
/*!40000 ALTER TABLE `dir_user_replacement` ENABLE KEYS */;

--
-- Table structure for table `dir_user_role`
--

/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dir_user_role` (
  `roleId` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `userId` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`userId`,`roleId`),
  KEY `FK5C5FE738C8FE3CA7` (`roleId`),
  KEY `FK5C5FE738CE539211` (`userId`),
  CONSTRAINT `FK5C5FE738C8FE3CA7` FOREIGN KEY (`roleId`) REFERENCES `dir_role` (`id`),
  CONSTRAINT `FK5C5FE738CE539211` FOREIGN KEY (`userId`) REFERENCES `dir_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dir_user_role`
--

/*!40000 ALTER TABLE `dir_user_role` DISABLE KEYS */;
INSERT INTO `dir_user_role` VALUES ('ROLE_ADMIN','admin');
/*!40000 ALTER TABLE `dir_user_role` ENABLE KEYS */;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2021-05-21 16:28:16
INSERT INTO dir_organization (id, name, description, parentId) VALUES ('ORG-001','Joget.Org','',NULL);
INSERT INTO dir_grade (id, name, description, organizationId) VALUES ('G-001','Board Members','','ORG-001');
INSERT INTO dir_grade (id, name, description, organizationId) VALUES ('G-002','Managers','','ORG-001');
INSERT INTO dir_grade (id, name, description, organizationId) VALUES ('G-003','Executives','','ORG-001');
INSERT INTO dir_group (id, name, description, organizationId) VALUES ('G-001','Managers','',NULL);
INSERT INTO dir_group (id, name, description, organizationId) VALUES ('G-002','CxO','',NULL);
INSERT INTO dir_group (id, name, description, organizationId) VALUES ('G-003','hrAdmin','',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('cat','cat','5f4dcc3b5aa765d61d8327deb882cf99','Cat','Grant','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('clark','clark','5f4dcc3b5aa765d61d8327deb882cf99','Clark','Kent','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('david','david','5f4dcc3b5aa765d61d8327deb882cf99','David','Cain','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('etta','etta','5f4dcc3b5aa765d61d8327deb882cf99','Etta','Candy','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('jack','jack','5f4dcc3b5aa765d61d8327deb882cf99','Jack','Drake','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('julia','julia','5f4dcc3b5aa765d61d8327deb882cf99','Julia','Kapatelis','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('roy','roy','5f4dcc3b5aa765d61d8327deb882cf99','Roy','Harper','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('sasha','sasha','5f4dcc3b5aa765d61d8327deb882cf99','Sasha','Bordeaux','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('tana','tana','5f4dcc3b5aa765d61d8327deb882cf99','Tana','Moon','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('terry','terry','5f4dcc3b5aa765d61d8327deb882cf99','Terry','Berg','',1,'',NULL);
INSERT INTO dir_user (id, username, password, firstName, lastName, email, active, timeZone, locale) VALUES ('tina','tina','5f4dcc3b5aa765d61d8327deb882cf99','Tina','Magee','',1,'',NULL);
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-001','clark');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-001','david');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-001','jack');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-001','roy');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-001','sasha');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-001','tina');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-002','terry');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-003','julia');
INSERT INTO dir_user_group (groupId, userId) VALUES ('G-003','sasha');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','cat');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','clark');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','david');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','etta');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','jack');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','julia');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','roy');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','sasha');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','tana');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','terry');
INSERT INTO dir_user_role (roleId, userId) VALUES ('ROLE_USER','tina');
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-001','CEO Office','','ORG-001',NULL,NULL);
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-002','Human Resource and Admin','','ORG-001',NULL,NULL);
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-003','Finance','','ORG-001',NULL,NULL);
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-004','Marketing','','ORG-001',NULL,NULL);
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-005','Product Development','','ORG-001',NULL,NULL);
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-006','Training and Consulting','','ORG-001',NULL,NULL);
INSERT INTO dir_department (id, name, description, organizationId, hod, parentId) VALUES ('D-007','Support and Services','','ORG-001',NULL,NULL);
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5efdbfb004f','terry',NULL,NULL,NULL,NULL,'G-001','D-001','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f04dc2005a','clark',NULL,NULL,NULL,NULL,'G-002','D-005','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f11cf60068','cat',NULL,NULL,NULL,NULL,'G-003','D-005','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f194e20071','tana',NULL,NULL,NULL,NULL,'G-003','D-005','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f20f36007a','roy',NULL,NULL,NULL,NULL,'G-002','D-004','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f319720088','etta',NULL,NULL,NULL,NULL,'G-003','D-004','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f41d4b0091','sasha',NULL,NULL,NULL,NULL,'G-002','D-002','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f5f7c5b500a5','jack',NULL,NULL,NULL,NULL,'G-002','D-006','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127f4ef840127f606242400b3','tina',NULL,NULL,NULL,NULL,'G-002','D-003','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127fb4d350127ff78d63300d1','david',NULL,NULL,NULL,NULL,'G-002','D-007','ORG-001');
INSERT INTO dir_employment (id, userId, startDate, endDate, employeeCode, role, gradeId, departmentId, organizationId) VALUES ('4028808127fb4d350127ff84074600f2','julia',NULL,NULL,NULL,NULL,'G-003','D-002','ORG-001');
INSERT INTO dir_employment_report_to (id, employmentId, reportToId) VALUES ('4028808127f4ef840127f5f04e9b005f','4028808127f4ef840127f5f04dc2005a','4028808127f4ef840127f5efdbfb004f');
INSERT INTO dir_employment_report_to (id, employmentId, reportToId) VALUES ('4028808127f4ef840127f5f20fb7007f','4028808127f4ef840127f5f20f36007a','4028808127f4ef840127f5efdbfb004f');
INSERT INTO dir_employment_report_to (id, employmentId, reportToId) VALUES ('4028808127f4ef840127f5f48eda009e','4028808127f4ef840127f5f41d4b0091','4028808127f4ef840127f5efdbfb004f');
INSERT INTO dir_employment_report_to (id, employmentId, reportToId) VALUES ('4028808127f4ef840127f5f7c60b00aa','4028808127f4ef840127f5f7c5b500a5','4028808127f4ef840127f5efdbfb004f');
INSERT INTO dir_employment_report_to (id, employmentId, reportToId) VALUES ('4028808127f4ef840127f60624c100b8','4028808127f4ef840127f606242400b3','4028808127f4ef840127f5efdbfb004f');
INSERT INTO dir_employment_report_to (id, employmentId, reportToId) VALUES ('4028808127fb4d350127ff78d6fe00d6','4028808127fb4d350127ff78d63300d1','4028808127f4ef840127f5efdbfb004f');
UPDATE dir_department SET hod='4028808127f4ef840127f5efdbfb004f' WHERE id='D-001';
UPDATE dir_department SET hod='4028808127f4ef840127f5f41d4b0091' WHERE id='D-002';
UPDATE dir_department SET hod='4028808127f4ef840127f606242400b3' WHERE id='D-003';
UPDATE dir_department SET hod='4028808127f4ef840127f5f20f36007a' WHERE id='D-004';
UPDATE dir_department SET hod='4028808127f4ef840127f5f04dc2005a' WHERE id='D-005';
UPDATE dir_department SET hod='4028808127f4ef840127f5f7c5b500a5' WHERE id='D-006';
UPDATE dir_department SET hod='4028808127fb4d350127ff78d63300d1' WHERE id='D-007';
