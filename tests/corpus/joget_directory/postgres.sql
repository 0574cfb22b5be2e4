--
-- PostgreSQL database dump
--

-- Dumped from database version 14.5 (Debian 14.5-1.pgdg110+1)
-- Dumped by pg_dump version 14.5 (Debian 14.5-1.pgdg110+1)

-- Started on 2022-11-24 03:57:58 UTC

-- SET statement_timeout = 0;
-- SET lock_timeout = 0;
-- SET idle_in_transaction_session_timeout = 0;
-- SET client_encoding = 'UTF8';
-- SET standard_conforming_strings = on;
-- SELECT pg_catalog.set_config('search_path', '', false);
-- SET check_function_bodies = false;
-- SET xmloption = content;
-- SET client_min_messages = warning;
-- SET row_security = off;

--
-- TOC entry 231 (class 1259 OID 16536)
-- Name: dir_department; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_department (
    id character varying(510) NOT NULL,
    name character varying(510) DEFAULT NULL::character varying,
    description character varying(510) DEFAULT NULL::character varying,
    organizationid character varying(510) DEFAULT NULL::character varying,
    hod character varying(510) DEFAULT NULL::character varying,
    parentid character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 232 (class 1259 OID 16546)
-- Name: dir_employment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_employment (
    id character varying(510) NOT NULL,
    userid character varying(510) DEFAULT NULL::character varying,
    startdate date,
    enddate date,
    employeecode character varying(510) DEFAULT NULL::character varying,
    role character varying(510) DEFAULT NULL::character varying,
    gradeid character varying(510) DEFAULT NULL::character varying,
    departmentid character varying(510) DEFAULT NULL::character varying,
    organizationid character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 233 (class 1259 OID 16557)
-- Name: dir_employment_report_to; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_employment_report_to (
    employmentid character varying(510) NOT NULL,
    reporttoid character varying(510) NOT NULL,
    id character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 234 (class 1259 OID 16563)
-- Name: dir_grade; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_grade (
    id character varying(510) NOT NULL,
    name character varying(510) DEFAULT NULL::character varying,
    description character varying(510) DEFAULT NULL::character varying,
    organizationid character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 235 (class 1259 OID 16571)
-- Name: dir_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_group (
    id character varying(510) NOT NULL,
    name character varying(510) DEFAULT NULL::character varying,
    description character varying(510) DEFAULT NULL::character varying,
    organizationid character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 236 (class 1259 OID 16579)
-- Name: dir_organization; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_organization (
    id character varying(510) NOT NULL,
    name character varying(510) DEFAULT NULL::character varying,
    description character varying(510) DEFAULT NULL::character varying,
    parentid character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 237 (class 1259 OID 16587)
-- Name: dir_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_role (
    id character varying(510) NOT NULL,
    name character varying(510) DEFAULT NULL::character varying,
    description character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 238 (class 1259 OID 16594)
-- Name: dir_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user (
    id character varying(510) NOT NULL,
    username character varying(510) DEFAULT NULL::character varying,
    password character varying(510) DEFAULT NULL::character varying,
    firstname character varying(510) DEFAULT NULL::character varying,
    lastname character varying(510) DEFAULT NULL::character varying,
    email character varying(510) DEFAULT NULL::character varying,
    active integer,
    timezone character varying(510) DEFAULT NULL::character varying,
    locale character varying(510) DEFAULT NULL::character varying
);


--
-- TOC entry 239 (class 1259 OID 16606)
-- Name: dir_user_extra; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user_extra (
    username character varying(510) NOT NULL,
    algorithm character varying(510) DEFAULT NULL::character varying,
    loginattempt integer,
    failedloginattempt integer,
    lastlogedindate timestamp with time zone,
    lockoutdate timestamp with time zone,
    lastpasswordchangedate timestamp with time zone,
    requiredpasswordchange boolean,
    nopasswordexpiration boolean
);


--
-- TOC entry 240 (class 1259 OID 16612)
-- Name: dir_user_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user_group (
    groupid character varying(510) NOT NULL,
    userid character varying(510) NOT NULL
);


--
-- TOC entry 241 (class 1259 OID 16617)
-- Name: dir_user_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user_meta (
    username character varying(255) NOT NULL,
    meta_key character varying(255) NOT NULL,
    meta_value text
);


--
-- TOC entry 242 (class 1259 OID 16622)
-- Name: dir_user_password_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user_password_history (
    id character varying(510) NOT NULL,
    username character varying(510) DEFAULT NULL::character varying,
    salt character varying(510) DEFAULT NULL::character varying,
    password character varying(510) DEFAULT NULL::character varying,
    updateddate timestamp with time zone
);


--
-- TOC entry 243 (class 1259 OID 16630)
-- Name: dir_user_replacement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user_replacement (
    id character varying(255) NOT NULL,
    username character varying(255),
    replacementuser character varying(255),
    appid text,
    processids text,
    startdate timestamp without time zone,
    enddate timestamp without time zone
);


--
-- TOC entry 244 (class 1259 OID 16635)
-- Name: dir_user_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE dir_user_role (
    roleid character varying(510) NOT NULL,
    userid character varying(510) NOT NULL
);


--
-- TOC entry 4570 (class 0 OID 16536)
-- Dependencies: 231
-- Data for Name: dir_department; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4571 (class 0 OID 16546)
-- Dependencies: 232
-- Data for Name: dir_employment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4572 (class 0 OID 16557)
-- Dependencies: 233
-- Data for Name: dir_employment_report_to; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4573 (class 0 OID 16563)
-- Dependencies: 234
-- Data for Name: dir_grade; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4574 (class 0 OID 16571)
-- Dependencies: 235
-- Data for Name: dir_group; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4575 (class 0 OID 16579)
-- Dependencies: 236
-- Data for Name: dir_organization; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4576 (class 0 OID 16587)
-- Dependencies: 237
-- Data for Name: dir_role; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO dir_role VALUES ('ROLE_ADMIN', 'Admin', 'Administrator');
INSERT INTO dir_role VALUES ('ROLE_USER', 'User', 'Normal User');


--
-- TOC entry 4577 (class 0 OID 16594)
-- Dependencies: 238
-- Data for Name: dir_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO dir_user VALUES ('admin', 'admin', '21232f297a57a5a743894a0e4a801fc3', 'Admin', 'Admin', NULL, 1, '0', NULL);


--
-- TOC entry 4578 (class 0 OID 16606)
-- Dependencies: 239
-- Data for Name: dir_user_extra; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4579 (class 0 OID 16612)
-- Dependencies: 240
-- Data for Name: dir_user_group; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4580 (class 0 OID 16617)
-- Dependencies: 241
-- Data for Name: dir_user_meta; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4581 (class 0 OID 16622)
-- Dependencies: 242
-- Data for Name: dir_user_password_history; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4582 (class 0 OID 16630)
-- Dependencies: 243
-- Data for Name: dir_user_replacement; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- TOC entry 4583 (class 0 OID 16635)
-- Dependencies: 244
-- Data for Name: dir_user_role; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO dir_user_role VALUES ('ROLE_ADMIN', 'admin');


--
-- TOC entry 3853 (class 2606 OID 17069)
-- Name: dir_department dir_department_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_department
    ADD CONSTRAINT dir_department_pkey PRIMARY KEY (id);


--
-- TOC entry 3858 (class 2606 OID 17071)
-- Name: dir_employment dir_employment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment
    ADD CONSTRAINT dir_employment_pkey PRIMARY KEY (id);


--
-- TOC entry 3862 (class 2606 OID 17073)
-- Name: dir_employment_report_to dir_employment_report_to_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment_report_to
    ADD CONSTRAINT dir_employment_report_to_pkey PRIMARY KEY (employmentid, reporttoid);


--
-- TOC entry 3866 (class 2606 OID 17075)
-- Name: dir_grade dir_grade_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_grade
    ADD CONSTRAINT dir_grade_pkey PRIMARY KEY (id);


--
-- TOC entry 3869 (class 2606 OID 17077)
-- Name: dir_group dir_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_group
    ADD CONSTRAINT dir_group_pkey PRIMARY KEY (id);


--
-- TOC entry 3872 (class 2606 OID 17079)
-- Name: dir_organization dir_organization_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_organization
    ADD CONSTRAINT dir_organization_pkey PRIMARY KEY (id);


--
-- TOC entry 3874 (class 2606 OID 17081)
-- Name: dir_role dir_role_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_role
    ADD CONSTRAINT dir_role_pkey PRIMARY KEY (id);


--
-- TOC entry 3878 (class 2606 OID 17083)
-- Name: dir_user_extra dir_user_extra_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_extra
    ADD CONSTRAINT dir_user_extra_pkey PRIMARY KEY (username);


--
-- TOC entry 3881 (class 2606 OID 17085)
-- Name: dir_user_group dir_user_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_group
    ADD CONSTRAINT dir_user_group_pkey PRIMARY KEY (userid, groupid);


--
-- TOC entry 3884 (class 2606 OID 17087)
-- Name: dir_user_meta dir_user_meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_meta
    ADD CONSTRAINT dir_user_meta_pkey PRIMARY KEY (username, meta_key);


--
-- TOC entry 3886 (class 2606 OID 17089)
-- Name: dir_user_password_history dir_user_password_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_password_history
    ADD CONSTRAINT dir_user_password_history_pkey PRIMARY KEY (id);


--
-- TOC entry 3876 (class 2606 OID 17091)
-- Name: dir_user dir_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user
    ADD CONSTRAINT dir_user_pkey PRIMARY KEY (id);


--
-- TOC entry 3888 (class 2606 OID 17093)
-- Name: dir_user_replacement dir_user_replacement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_replacement
    ADD CONSTRAINT dir_user_replacement_pkey PRIMARY KEY (id);


--
-- TOC entry 3890 (class 2606 OID 17095)
-- Name: dir_user_role dir_user_role_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_role
    ADD CONSTRAINT dir_user_role_pkey PRIMARY KEY (userid, roleid);


--
-- TOC entry 3849 (class 1259 OID 17428)
-- Name: dir_department_hod_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_department_hod_idx ON dir_department USING btree (hod);


--
-- TOC entry 3850 (class 1259 OID 17429)
-- Name: dir_department_organizationid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_department_organizationid_idx ON dir_department USING btree (organizationid);


--
-- TOC entry 3851 (class 1259 OID 17430)
-- Name: dir_department_parentid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_department_parentid_idx ON dir_department USING btree (parentid);


--
-- TOC entry 3854 (class 1259 OID 17431)
-- Name: dir_employment_departmentid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_employment_departmentid_idx ON dir_employment USING btree (departmentid);


--
-- TOC entry 3855 (class 1259 OID 17432)
-- Name: dir_employment_gradeid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_employment_gradeid_idx ON dir_employment USING btree (gradeid);


--
-- TOC entry 3856 (class 1259 OID 17433)
-- Name: dir_employment_organizationid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_employment_organizationid_idx ON dir_employment USING btree (organizationid);


--
-- TOC entry 3860 (class 1259 OID 17434)
-- Name: dir_employment_report_to_employmentid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_employment_report_to_employmentid_idx ON dir_employment_report_to USING btree (employmentid);


--
-- TOC entry 3863 (class 1259 OID 17435)
-- Name: dir_employment_report_to_reporttoid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_employment_report_to_reporttoid_idx ON dir_employment_report_to USING btree (reporttoid);


--
-- TOC entry 3859 (class 1259 OID 17436)
-- Name: dir_employment_userid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_employment_userid_idx ON dir_employment USING btree (userid);


--
-- TOC entry 3864 (class 1259 OID 17437)
-- Name: dir_grade_organizationid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_grade_organizationid_idx ON dir_grade USING btree (organizationid);


--
-- TOC entry 3867 (class 1259 OID 17438)
-- Name: dir_group_organizationid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_group_organizationid_idx ON dir_group USING btree (organizationid);


--
-- TOC entry 3870 (class 1259 OID 17439)
-- Name: dir_organization_parentid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_organization_parentid_idx ON dir_organization USING btree (parentid);


--
-- TOC entry 3879 (class 1259 OID 17440)
-- Name: dir_user_group_groupid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_user_group_groupid_idx ON dir_user_group USING btree (groupid);


--
-- TOC entry 3882 (class 1259 OID 17441)
-- Name: dir_user_group_userid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_user_group_userid_idx ON dir_user_group USING btree (userid);


--
-- TOC entry 3891 (class 1259 OID 17442)
-- Name: dir_user_role_roleid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_user_role_roleid_idx ON dir_user_role USING btree (roleid);


--
-- TOC entry 3892 (class 1259 OID 17443)
-- Name: dir_user_role_userid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dir_user_role_userid_idx ON dir_user_role USING btree (userid);


--
-- TOC entry 4324 (class 2606 OID 17525)
-- Name: dir_user_group fk2f0367fd159b6639; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_group
    ADD CONSTRAINT fk2f0367fd159b6639 FOREIGN KEY (groupid) REFERENCES dir_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4325 (class 2606 OID 17530)
-- Name: dir_user_group fk2f0367fdce539211; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_group
    ADD CONSTRAINT fk2f0367fdce539211 FOREIGN KEY (userid) REFERENCES dir_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4319 (class 2606 OID 17545)
-- Name: dir_employment_report_to fk536229452787e613; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment_report_to
    ADD CONSTRAINT fk536229452787e613 FOREIGN KEY (employmentid) REFERENCES dir_employment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4320 (class 2606 OID 17550)
-- Name: dir_employment_report_to fk53622945f4068416; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment_report_to
    ADD CONSTRAINT fk53622945f4068416 FOREIGN KEY (reporttoid) REFERENCES dir_employment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4323 (class 2606 OID 17555)
-- Name: dir_organization fk55a15fa5961bd498; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_organization
    ADD CONSTRAINT fk55a15fa5961bd498 FOREIGN KEY (parentid) REFERENCES dir_organization(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4326 (class 2606 OID 17560)
-- Name: dir_user_role fk5c5fe738c8fe3ca7; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_role
    ADD CONSTRAINT fk5c5fe738c8fe3ca7 FOREIGN KEY (roleid) REFERENCES dir_role(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4327 (class 2606 OID 17565)
-- Name: dir_user_role fk5c5fe738ce539211; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_user_role
    ADD CONSTRAINT fk5c5fe738ce539211 FOREIGN KEY (userid) REFERENCES dir_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4321 (class 2606 OID 17650)
-- Name: dir_grade fkbc9a49a518cebae1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_grade
    ADD CONSTRAINT fkbc9a49a518cebae1 FOREIGN KEY (organizationid) REFERENCES dir_organization(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4322 (class 2606 OID 17655)
-- Name: dir_group fkbc9a804d18cebae1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_group
    ADD CONSTRAINT fkbc9a804d18cebae1 FOREIGN KEY (organizationid) REFERENCES dir_organization(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4315 (class 2606 OID 17665)
-- Name: dir_employment fkc6620ade14ce02e9; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment
    ADD CONSTRAINT fkc6620ade14ce02e9 FOREIGN KEY (gradeid) REFERENCES dir_grade(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4316 (class 2606 OID 17670)
-- Name: dir_employment fkc6620ade18cebae1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment
    ADD CONSTRAINT fkc6620ade18cebae1 FOREIGN KEY (organizationid) REFERENCES dir_organization(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4317 (class 2606 OID 17675)
-- Name: dir_employment fkc6620ade716ae35f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment
    ADD CONSTRAINT fkc6620ade716ae35f FOREIGN KEY (departmentid) REFERENCES dir_department(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4318 (class 2606 OID 17680)
-- Name: dir_employment fkc6620adece539211; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_employment
    ADD CONSTRAINT fkc6620adece539211 FOREIGN KEY (userid) REFERENCES dir_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4312 (class 2606 OID 17700)
-- Name: dir_department fkeee8aa4418cebae1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_department
    ADD CONSTRAINT fkeee8aa4418cebae1 FOREIGN KEY (organizationid) REFERENCES dir_organization(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4313 (class 2606 OID 17705)
-- Name: dir_department fkeee8aa4480db1449; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_department
    ADD CONSTRAINT fkeee8aa4480db1449 FOREIGN KEY (hod) REFERENCES dir_employment(id) DEFERRABLE INITIALLY DEFERRED;


--
-- TOC entry 4314 (class 2606 OID 17710)
-- Name: dir_department fkeee8aa44ef6bb2b7; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY dir_department
    ADD CONSTRAINT fkeee8aa44ef6bb2b7 FOREIGN KEY (parentid) REFERENCES dir_department(id) DEFERRABLE INITIALLY DEFERRED;


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
